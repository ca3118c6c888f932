package io.github.ccsdk.core.spi;

import feign.Contract;
import feign.DefaultContract;
import feign.MethodMetadata;
import feign.Param;
import feign.RequestTemplate;
import feign.template.HeaderTemplate;
import feign.template.QueryTemplate;
import feign.template.UriTemplate;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Feign's {@link DefaultContract}, with path and query values percent-encoded exactly once.
 *
 * <p>Feign 13.13 gets two things wrong for us (checked against a live server in {@code
 * EncodingContractTest}), both fixed here, at contract time, so generated interfaces stay plain
 * Feign:
 *
 * <ul>
 *   <li>it leaves a value alone when it "looks encoded" (only unreserved characters and {@code
 *       %XX}), so {@code 100%25} reaches the server as {@code 100%} instead of {@code 100%25};
 *   <li>its {@code decodeSlash} default turns an encoded {@code /} in a path value back into a path
 *       separator.
 * </ul>
 *
 * <p>(A third trap, reserved characters such as {@code +} kept raw in query values that
 * interceptors add with {@code RequestTemplate.query}, is avoided by {@link Auth} and the client
 * parameters, which encode their values completely before adding them.)
 *
 * <p>So every {@code @Param} used in the path or query (and without an expander of its own) gets an
 * expander that percent-encodes everything but the unreserved characters. Feign then sees an
 * already-encoded value and passes it through unchanged. Parameters used only in headers or as form
 * fields are left alone: headers are not URL-encoded, and form fields go to the encoder as objects.
 */
final class EncodingContract implements Contract {
  private static final Param.Expander PERCENT_ENCODE =
      value -> {
        if (value instanceof Optional) {
          Optional<?> optional = (Optional<?>) value;
          return optional.map(v -> PercentEncoding.encode(v.toString())).orElse(null);
        }
        return PercentEncoding.encode(value.toString());
      };

  private final Contract delegate = new DefaultContract();

  @Override
  public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
    List<MethodMetadata> all = delegate.parseAndValidateMetadata(targetType);
    for (MethodMetadata md : all) {
      if (!md.isIgnored()) {
        encodeOnce(md);
      }
    }
    return all;
  }

  private static void encodeOnce(MethodMetadata md) {
    RequestTemplate template = md.template();
    template.decodeSlash(false);
    Set<String> urlVariables =
        new HashSet<>(
            UriTemplate.create(template.requestUriTemplate(), StandardCharsets.UTF_8)
                .getVariables());
    for (Map.Entry<String, Collection<String>> query : template.queries().entrySet()) {
      urlVariables.addAll(
          QueryTemplate.create(query.getKey(), query.getValue(), StandardCharsets.UTF_8)
              .getVariables());
    }
    Set<String> headerVariables = new HashSet<>();
    for (Map.Entry<String, Collection<String>> header : template.headers().entrySet()) {
      headerVariables.addAll(
          HeaderTemplate.create(header.getKey(), header.getValue()).getVariables());
    }

    Map<Integer, Param.Expander> expanders = new LinkedHashMap<>();
    for (Map.Entry<Integer, Collection<String>> param : md.indexToName().entrySet()) {
      Class<? extends Param.Expander> own = md.indexToExpanderClass().get(param.getKey());
      if (own != null) {
        // Feign ignores expander classes once instances are set, so carry the method's own over.
        expanders.put(param.getKey(), instantiate(own));
        continue;
      }
      boolean inUrl = false;
      boolean inHeader = false;
      for (String name : param.getValue()) {
        inUrl |= urlVariables.contains(name);
        inHeader |= headerVariables.contains(name);
      }
      // A value used in a header too stays as Feign expands it: a header must not be
      // percent-encoded, and one expander serves all uses of a parameter.
      if (inUrl && !inHeader) {
        expanders.put(param.getKey(), PERCENT_ENCODE);
      }
    }
    if (!expanders.isEmpty()) {
      md.indexToExpander(expanders);
    }
  }

  private static Param.Expander instantiate(Class<? extends Param.Expander> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create expander " + type.getName(), e);
    }
  }
}

package io.github.ccsdk.conformance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads HAR 1.2 files one entry at a time: the file is streamed and only the current entry is held
 * as a tree, so a HAR of any size is read in memory bounded by its largest entry (Jackson's read
 * constraints cap a single string at 20 million characters and nesting at 1000 levels).
 */
final class Har {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private Har() {}

  record Header(String name, String value) {}

  /** A form or multipart field as HAR records it in {@code postData.params}. */
  record Param(String name, String value, String fileName, String contentType) {}

  /**
   * A request or response body. {@code bytes} is null when the recording left the content out
   * (browsers do so for binary bodies), which is not the same as an empty body.
   */
  record Body(String mimeType, byte[] bytes, List<Param> params) {
    boolean isEmpty() {
      return (bytes == null || bytes.length == 0) && params.isEmpty();
    }

    String text() {
      return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** One recorded exchange. */
  record Entry(
      int index,
      String method,
      String url,
      List<Header> requestHeaders,
      Body requestBody,
      int status,
      List<Header> responseHeaders,
      Body responseBody,
      String comment) {

    String requestHeader(String name) {
      return first(requestHeaders, name);
    }

    String responseHeader(String name) {
      return first(responseHeaders, name);
    }

    static String first(List<Header> headers, String name) {
      for (Header h : headers) {
        if (h.name().equalsIgnoreCase(name)) {
          return h.value();
        }
      }
      return null;
    }
  }

  /**
   * Reads every entry of {@code file} in order.
   *
   * @return the number of entries
   * @throws ConformanceException if the file is missing or unreadable, is not JSON or not a HAR
   */
  static int read(Path file, Consumer<Entry> sink) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new ConformanceException(name + ": is a directory, not a HAR file");
    }
    int count = 0;
    // Through NIO, so that a missing file is NoSuchFileException rather than a message to parse.
    try (JsonParser p = JSON.createParser(Files.newInputStream(file))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw notHar(name, "the top level is not a JSON object");
      }
      boolean sawEntries = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("log") && value == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String logField = p.currentName();
            JsonToken logValue = p.nextToken();
            if (logField.equals("entries")) {
              if (logValue != JsonToken.START_ARRAY) {
                throw notHar(name, "log.entries is not an array");
              }
              while (p.nextToken() != JsonToken.END_ARRAY) {
                JsonNode entry = p.readValueAsTree();
                sink.accept(entry(name, count, entry));
                count++;
              }
              sawEntries = true;
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
      if (!sawEntries) {
        throw notHar(name, "no log.entries array");
      }
      if (p.nextToken() != null) {
        throw new ConformanceException(name + ": not valid JSON: content after the HAR object");
      }
    } catch (NoSuchFileException e) {
      throw new ConformanceException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new ConformanceException(name + ": cannot read: permission denied");
    } catch (JsonProcessingException e) {
      throw new ConformanceException(name + ": not valid JSON: " + describe(e));
    } catch (IOException e) {
      throw new ConformanceException(name + ": cannot read: " + e.getMessage());
    }
    return count;
  }

  /** Jackson's message for a parse error, as one line with its location. */
  static String describe(JsonProcessingException e) {
    String message =
        e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    // Wrapped decoder errors carry their class name ("java.io.CharConversionException: ...").
    message = message.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      message = message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
    return Texts.oneLine(message);
  }

  /** One entry from its HAR tree; also how tests feed mutated entries to the validator. */
  static Entry entry(String file, int index, JsonNode node) {
    String where = file + ": entry " + index;
    if (!node.isObject()) {
      throw badEntry(where, "it is not an object");
    }
    JsonNode request = node.get("request");
    JsonNode response = node.get("response");
    if (request == null || !request.isObject()) {
      throw badEntry(where, "it has no request object");
    }
    if (response == null || !response.isObject()) {
      throw badEntry(where, "it has no response object");
    }
    String method = text(request, "method");
    String url = text(request, "url");
    if (method == null || method.isEmpty()) {
      throw badEntry(where, "request.method is missing");
    }
    if (url == null || url.isEmpty()) {
      throw badEntry(where, "request.url is missing");
    }
    JsonNode status = response.get("status");
    if (status == null || !(status.canConvertToInt() || status.isTextual())) {
      throw badEntry(where, "response.status is missing");
    }
    int code;
    try {
      code = status.isTextual() ? Integer.parseInt(status.asText().trim()) : status.intValue();
    } catch (NumberFormatException e) {
      throw badEntry(where, "response.status is not a number");
    }
    return new Entry(
        index,
        method,
        url,
        headers(request.get("headers")),
        body(where + " request.postData", request.get("postData"), "text"),
        code,
        headers(response.get("headers")),
        body(where + " response.content", response.get("content"), "text"),
        text(node, "comment"));
  }

  private static List<Header> headers(JsonNode node) {
    List<Header> headers = new ArrayList<>();
    if (node != null && node.isArray()) {
      for (JsonNode h : node) {
        String name = text(h, "name");
        String value = text(h, "value");
        if (name != null && value != null) {
          headers.add(new Header(name, value));
        }
      }
    }
    return List.copyOf(headers);
  }

  private static Body body(String where, JsonNode node, String textField) {
    if (node == null || !node.isObject()) {
      return null;
    }
    String mimeType = text(node, "mimeType");
    byte[] bytes = null;
    JsonNode text = node.get(textField);
    if (text != null && text.isTextual()) {
      if ("base64".equalsIgnoreCase(text(node, "encoding"))) {
        try {
          bytes = Base64.getMimeDecoder().decode(text.asText());
        } catch (IllegalArgumentException e) {
          throw new ConformanceException(where + ".text is not valid base64");
        }
      } else {
        bytes = text.asText().getBytes(StandardCharsets.UTF_8);
      }
    }
    List<Param> params = new ArrayList<>();
    JsonNode list = node.get("params");
    if (list != null && list.isArray()) {
      for (JsonNode p : list) {
        String name = text(p, "name");
        if (name != null) {
          params.add(
              new Param(name, text(p, "value"), text(p, "fileName"), text(p, "contentType")));
        }
      }
    }
    return new Body(
        mimeType == null || mimeType.isEmpty() ? null : mimeType, bytes, List.copyOf(params));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  private static ConformanceException badEntry(String where, String what) {
    return new ConformanceException(where + " is not a valid HAR entry: " + what);
  }

  private static ConformanceException notHar(String where, String what) {
    return new ConformanceException(where + ": not a HAR file: " + what);
  }
}

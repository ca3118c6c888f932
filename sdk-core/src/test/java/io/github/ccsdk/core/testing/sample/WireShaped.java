package io.github.ccsdk.core.testing.sample;

/** A surface PublicApi must refuse: a Feign type in a signature, four positional arguments. */
public interface WireShaped {
  void send(feign.Client client);

  void read(String table, Integer dataset, Integer limit, Integer start);
}

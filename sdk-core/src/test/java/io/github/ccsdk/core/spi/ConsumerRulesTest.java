package io.github.ccsdk.core.spi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.core.JsonField;
import io.github.ccsdk.core.testing.ConsumerRules;
import org.junit.jupiter.api.Test;

/** sdk-core ships R8/ProGuard rules for Android apps, naming classes that exist (issue 14). */
class ConsumerRulesTest {
  @Test
  void theRulesAreInBothPlacesAndNameClassesOfThisModule() throws Exception {
    ConsumerRules rules = ConsumerRules.check(JsonField.class, "ccsdk-core.pro");
    // What Jackson creates or calls by reflection.
    assertTrue(rules.covers(CcsdkJacksonModule.class.getName()), rules.matches.toString());
    assertTrue(rules.covers(JsonField.class.getName()), rules.matches.toString());
    assertTrue(rules.covers("io.github.ccsdk.core.JsonFieldCodec$Deserializer"));
    assertTrue(rules.covers("io.github.ccsdk.core.JsonFieldCodec$Serializer"));
    assertTrue(rules.covers(ClientParameters.class.getName()));
    // The java.net.http transport, never reached on Android, must not fail R8's missing-class
    // check.
    assertTrue(rules.text.contains("-dontwarn java.net.http.**"), rules.text);
  }
}

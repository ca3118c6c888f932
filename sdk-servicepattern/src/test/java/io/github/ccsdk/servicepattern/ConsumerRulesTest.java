package io.github.ccsdk.servicepattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ccsdk.core.testing.ConsumerRules;
import io.github.ccsdk.servicepattern.model.ChatSession;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The R8/ProGuard rules this jar ships for Android apps (issue 14) keep every Feign interface and
 * every model class the generator wrote, under the names they have today.
 */
class ConsumerRulesTest {
  @Test
  void everyFeignInterfaceAndModelIsKept() throws Exception {
    ConsumerRules rules =
        ConsumerRules.check(ServicePatternClient.class, "ccsdk-servicepattern.pro");
    List<String> wires =
        rules.classes.stream().filter(c -> c.endsWith("$Wire")).collect(Collectors.toList());
    assertFalse(wires.isEmpty(), "no generated Wire interface found");
    for (String wire : wires) {
      assertTrue(rules.covers(wire), wire + " is not kept");
    }
    String models = ChatSession.class.getPackageName() + ".";
    List<String> modelClasses =
        rules.classes.stream().filter(c -> c.startsWith(models)).collect(Collectors.toList());
    assertTrue(modelClasses.size() > 10, modelClasses.toString());
    for (String model : modelClasses) {
      assertTrue(rules.covers(model), model + " is not kept");
    }
    assertTrue(rules.covers(ChatSession.Builder.class.getName()));
    assertEquals(
        List.of(),
        rules.classes.stream()
            .filter(c -> c.contains("Wire") && !rules.covers(c))
            .collect(Collectors.toList()));
  }
}

package io.github.ccsdk.speclint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derives the feature spec {@code standard/query-paths.yaml} and checks each merged construct. */
class StandardSpecDeriverTest {
  private static String source;
  private static String derivedYaml;
  private static JsonNode derived;

  @BeforeAll
  static void derive() throws IOException, URISyntaxException {
    source =
        Files.readString(
            Path.of(
                StandardSpecDeriverTest.class.getResource("/standard/query-paths.yaml").toURI()));
    derivedYaml = StandardSpecDeriver.deriveYaml(source, "query-paths.yaml");
    derived = StandardSpecDeriver.readYaml(derivedYaml);
  }

  private static JsonNode at(String pointer) {
    JsonNode node = derived.at(JsonPointer.compile(pointer));
    assertFalse(node.isMissingNode(), () -> "no " + pointer + " in\n" + derivedYaml);
    return node;
  }

  private static List<String> texts(JsonNode array) {
    List<String> result = new ArrayList<>();
    array.forEach(n -> result.add(n.isTextual() ? n.asText() : n.toString()));
    return result;
  }

  private static JsonNode parameter(String operation, String name) {
    for (JsonNode p : at(operation + "/parameters")) {
      String ref = p.path("$ref").asText();
      if (name.equals(p.path("name").asText())
          || ref.equalsIgnoreCase("#/components/parameters/" + name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name + " in " + at(operation + "/parameters"));
  }

  @Test
  void onePathPerScriptAndQueryLessPathsAsTheyWere() {
    assertEquals(List.of("/things.php", "/token.php", "/health"), texts(fieldNames(at("/paths"))));
    // copied, but for its tag, which names the script like every other operation's
    ObjectNode health = (ObjectNode) StandardSpecDeriver.readYaml(source).at("/paths/~1health");
    ((ObjectNode) health.get("get")).putArray("tags").add("health");
    assertEquals(health, at("/paths/~1health"));
  }

  @Test
  void fixedQueryBecomesEnumParameters() {
    JsonNode method = parameter("/paths/~1things.php/get", "method");
    assertEquals("query", method.path("in").asText());
    assertTrue(method.path("required").asBoolean());
    assertEquals(List.of("things"), texts(method.at("/schema/enum")));
    JsonNode action = parameter("/paths/~1things.php/get", "action");
    assertTrue(action.path("required").asBoolean());
    assertEquals(List.of("read", "fields"), texts(action.at("/schema/enum")));
    // readStats has no action: optional in the POST operation, which says who leaves it out
    JsonNode postAction = parameter("/paths/~1things.php/post", "action");
    assertFalse(postAction.path("required").asBoolean());
    assertEquals(List.of("create", "delete"), texts(postAction.at("/schema/enum")));
    assertTrue(postAction.path("description").asText().contains("Left out by: `readStats`"));
    assertEquals(
        List.of("stats", "things"),
        texts(parameter("/paths/~1things.php/post", "method").at("/schema/enum")).stream()
            .sorted()
            .toList());
  }

  @Test
  void mergedOperationIndexesItsOperations() {
    JsonNode get = at("/paths/~1things.php/get");
    assertEquals("thingsGet", get.path("operationId").asText());
    assertEquals(List.of("things.php"), texts(get.path("tags")));
    JsonNode index = get.path("x-ccsdk-operations");
    assertEquals(2, index.size());
    assertEquals("readThings", index.at("/0/operationId").asText());
    assertEquals("read", index.at("/0/query/action").asText());
    assertEquals("list", index.at("/0/x-ccsdk-method").asText());
    assertEquals(List.of("Things"), texts(index.at("/0/tags")));
    assertEquals(
        "things",
        at("/paths/~1things.php/post/x-ccsdk-operations/0/x-codegen-request-body-name").asText());
    String description = get.path("description").asText();
    for (String text :
        List.of(
            "### Read things", "### Read the thing fields", "Lists things.", "`readThingFields`")) {
      assertTrue(description.contains(text), () -> text + " missing from\n" + description);
    }
  }

  @Test
  void singleOperationKeepsItsOwnNames() {
    JsonNode token = at("/paths/~1token.php/get");
    assertEquals("getToken", token.path("operationId").asText());
    assertEquals("Get a token", token.path("summary").asText());
    assertEquals("[]", token.path("security").toString());
    assertEquals(
        List.of("get"), texts(parameter("/paths/~1token.php/get", "action").at("/schema/enum")));
  }

  @Test
  void parametersRequiredOnlyWhereEveryOperationRequiresThem() {
    JsonNode format = parameter("/paths/~1things.php/get", "format");
    assertEquals("#/components/parameters/Format", format.path("$ref").asText());
    JsonNode limit = parameter("/paths/~1things.php/get", "limit");
    assertFalse(limit.path("required").asBoolean());
    assertTrue(limit.path("description").asText().startsWith("Rows at most."));
    // id is required by both, but as an integer by one and a string by the other
    JsonNode id = parameter("/paths/~1things.php/get", "id");
    assertTrue(id.path("required").asBoolean());
    assertEquals(2, id.at("/schema/anyOf").size());
    assertEquals(7, id.at("/examples/readThings/value").asInt());
    assertEquals("seven", id.at("/examples/readThingFields/value").asText());
  }

  @Test
  void bodiesAndAnswersAreAnyOfsNamingTheirOperations() {
    JsonNode body = at("/paths/~1things.php/post/requestBody");
    assertFalse(body.path("required").asBoolean(), "readStats takes no body");
    JsonNode members = body.at("/content/application~1json/schema/anyOf");
    assertEquals(2, members.size());
    assertEquals("Create things", members.at("/0/title").asText());
    assertEquals(List.of("createThings"), texts(members.at("/0/x-ccsdk-operations")));
    assertEquals("array", members.at("/1/allOf/0/type").asText());
    JsonNode examples = body.at("/content/application~1json/examples");
    assertEquals(8, examples.at("/createThings/value/0/id").asInt());
    assertEquals("[8]", examples.at("/deleteThings/value").toString());
    // the same response for every POST operation stays one reference
    assertEquals(
        "#/components/responses/Written",
        at("/paths/~1things.php/post/responses/200/$ref").asText());
    JsonNode answers = at("/paths/~1things.php/get/responses/200/content/application~1json");
    assertEquals(
        List.of("readThings", "readThingFields"),
        List.of(
            answers.at("/schema/anyOf/0/x-ccsdk-operations/0").asText(),
            answers.at("/schema/anyOf/1/x-ccsdk-operations/0").asText()));
    // an aliased example is resolved, and kept once
    assertEquals(
        "Invalid token", answers.at("/examples/readThings_invalidToken/value/error").asText());
    assertTrue(answers.at("/examples/readThingFields_invalidToken").isMissingNode());
    assertEquals("Read things: One thing", answers.at("/examples/readThings_one/summary").asText());
  }

  @Test
  void securityIsTheUnionOfTheOperations() {
    // things.php POST: every operation uses the root's requirement, so none is written
    assertTrue(derived.at("/paths/~1things.php/post/security").isMissingNode());
  }

  @Test
  void tagsArePerScriptAndKeepTheAuthoringTags() {
    assertEquals(
        List.of("things.php", "token.php", "health"), texts(fieldValues(at("/tags"), "name")));
    String things = at("/tags/0/description").asText();
    assertTrue(things.contains("**Things**: Things of the account."), things);
    assertEquals("query-paths.yaml", at("/x-ccsdk-derived-from").asText());
  }

  @Test
  void derivedSpecPassesTheStandardRules(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("query-paths.openapi.yaml"), derivedYaml);
    assertEquals(
        List.of(), SpecLinter.lint(file, "derived", SpecLinter.STANDARD_RULES), derivedYaml);
    // while the authoring spec is refused by them
    Path authoring = Files.writeString(dir.resolve("query-paths.yaml"), source);
    assertTrue(
        SpecLinter.lint(authoring, "authoring", SpecLinter.STANDARD_RULES).stream()
            .anyMatch(v -> v.rule().equals("no-query-in-path")));
  }

  @Test
  void sameInputSameBytesAndTheYamlReadsBackAsWritten() {
    assertEquals(derivedYaml, StandardSpecDeriver.deriveYaml(source, "query-paths.yaml"));
    JsonNode reread = StandardSpecDeriver.readYaml(derivedYaml);
    assertEquals(
        StandardSpecDeriver.derive(
            (ObjectNode) StandardSpecDeriver.readYaml(source), "query-paths.yaml"),
        reread);
    assertFalse(derivedYaml.contains("\r"));
  }

  @Test
  void refusesTwoOperationsWithOneFixedQuery() {
    String twice =
        source.replace(
            "/things.php?method=things&action=fields:", "/things.php?action=read&method=things:");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> StandardSpecDeriver.deriveYaml(twice, "x.yaml"));
    assertTrue(e.getMessage().contains("two operations with the fixed query"), e.getMessage());
  }

  @Test
  void refusesAFixedQueryParameterDeclaredAgain() {
    String again =
        source.replace(
            "        - name: limit\n",
            "        - name: action\n          in: query\n          schema: {type: string}\n        - name: limit\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> StandardSpecDeriver.deriveYaml(again, "x.yaml"));
    assertTrue(e.getMessage().contains("declared as a parameter"), e.getMessage());
  }

  @Test
  void specWithoutQueryPathsIsUnchanged() throws IOException {
    String good = StandardRulesTest.goodWithoutQueryPaths();
    assertEquals(
        StandardSpecDeriver.readYaml(good),
        StandardSpecDeriver.readYaml(StandardSpecDeriver.deriveYaml(good, "good.yaml")));
  }

  @Test
  void mojoWritesTheDerivedFile(@TempDir Path dir) throws Exception {
    Path spec = Files.writeString(dir.resolve("query-paths.yaml"), source);
    DeriveStandardMojo mojo = new DeriveStandardMojo();
    mojo.specs = List.of(spec.toFile());
    mojo.outputDirectory = dir.resolve("out").toFile();
    mojo.execute();
    assertEquals(derivedYaml, Files.readString(dir.resolve("out/query-paths.openapi.yaml")));
  }

  private static JsonNode fieldNames(JsonNode object) {
    var names = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    object.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  private static JsonNode fieldValues(JsonNode array, String field) {
    var values = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    array.forEach(n -> values.add(n.path(field)));
    return values;
  }
}

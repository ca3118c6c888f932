package io.github.ccsdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Response bodies, shaped like the recordings in conformance-tests. */
final class Fixtures {
  private Fixtures() {}

  static final UUID VISITOR_ID = UUID.fromString("7273e957-02cb-4c03-a84c-44283fcfd47d");

  /** The getVisitor recording's body (conformance-tests/.../comm100/getVisitor.har), ~1 KB. */
  static String visitor(String id) {
    return "{\"id\":\""
        + id
        + "\",\"pageViews\":1,\"browser\":\"Firefox 67.0\",\"chats\":0,\"city\":\"Changsha\","
        + "\"company\":\"\",\"country\":\"China\",\"currentBrowsing\":"
        + "\"https://api1.comm100.io/LiveChatFunc/PlanPreview.aspx?codePlanId=5000329&SSL=1&siteid=10000\","
        + "\"customFields\":null,\"customVariableResults\":[{\"name\":\"justfortestupdate\","
        + "\"value\":\"text\",\"url\":\"bbbbb\"}],\"department\":\"\",\"email\":\"\","
        + "\"firstVisitTime\":\"2019-06-11T03:05:42.537Z\",\"flashVersion\":\"\","
        + "\"ip\":\"218.76.52.108\",\"searchKeywords\":\"\",\"landingPage\":"
        + "\"https://api1.comm100.io/LiveChatFunc/PlanPreview.aspx?codePlanId=5000329&SSL=1&siteid=10000\","
        + "\"language\":\"zh-CN\",\"name\":\"218.76.52.108\",\"operatingSystem\":\"Windows 10\","
        + "\"phone\":\"\",\"productService\":\"\",\"referrerUrl\":\"\",\"screenResolution\":\"1920x1080\","
        + "\"searchEngine\":\"\",\"state\":\"Hunan\",\"status\":\"chatting\",\"timeZone\":\"GMT +08:00\","
        + "\"visitTime\":\"2019-06-12T07:41:40.486Z\",\"visits\":4}";
  }

  static String visitors(int n) {
    StringBuilder b = new StringBuilder(n * 1000).append('[');
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(visitor(new UUID(0x7273e95702cb4c03L, i).toString()));
    }
    return b.append(']').toString();
  }

  /** The readRecords recording's row, n times with distinct ids. */
  static String records(int n) {
    StringBuilder b = new StringBuilder(n * 1000);
    b.append("{\"success\":true,\"total\":").append(n).append(",\"list\":[");
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"Address1\":\"121B London Road\",\"Address2\":\"\",\"Address3\":\"Reading\",")
          .append("\"Address4\":\"Berkshire\",\"Address5\":\"\",\"Address6\":\"\",")
          .append("\"AgentRef\":\"503314\",\"Agent_Specific\":\"\",\"appointment\":\"\",")
          .append("\"callback\":\"0000-00-00 00:00:00\",\"Call_Back_Notes\":\"\",")
          .append("\"Call_Back_Sametime\":\"\",\"Customer_Email\":\"\",\"datasetid\":\"337\",")
          .append("\"FirstName\":\"Eric\",\"flgid\":\"\",\"HomePhone\":\"01234567890\",\"id\":\"")
          .append(2428765 + i)
          .append("\",\"LastName\":\"Forbes\",\"loaddate\":\"2017-06-07\",\"MobilePhone\":\"\",")
          .append("\"notes\":\"2017-06-07 15:09:48 agent 503314 set outcome 109\\r\\n")
          .append("2017-06-07 15:09:49 agent 503314 set outcome 107, call back for 2017-06-07")
          .append(" 17:09:00\\r\\n\",\"outcomecode\":\"107\",\"Postcode\":\"RG1 5RG\",")
          .append("\"ProcessDate\":\"2017-07-17 10:09:51\",\"ProcessType\":\"NEEDSMOREWORK\",")
          .append("\"sourcefile\":\"Contact Now Test Data.csv\",\"Testy\":\"\",")
          .append("\"ThisIsATimeField\":\"\",\"Title\":\"Mr\",\"URN\":null,\"VENDOR_URN\":null,")
          .append("\"WorkPhone\":\"\"}");
    }
    return b.append("]}").toString();
  }

  /** The repository root: -Dccsdk.root, else the working directory or its parent. */
  static Path root() {
    String configured = System.getProperty("ccsdk.root");
    if (configured != null) {
      return Path.of(configured);
    }
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("specs")) ? here : here.getParent();
  }
}

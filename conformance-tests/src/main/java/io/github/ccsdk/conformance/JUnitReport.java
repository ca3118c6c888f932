package io.github.ccsdk.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code validate --junit <file.xml>}: the findings as JUnit XML, the format CI servers show as
 * test results. One {@code <testsuite>} per HAR file, one {@code <testcase>} per entry (named
 * {@code #<index> <METHOD> <path> -> <status>}, classname the HAR file), and per entry with
 * violations one {@code <failure>} whose text is the violation lines; warnings go to the testcase's
 * {@code <system-err>}.
 */
final class JUnitReport {
  /** One HAR entry and what was found in it. */
  private record Case(String name, List<Finding> violations, List<Finding> warnings) {}

  private record Suite(String file, List<Case> cases) {}

  private final String spec;
  private final List<Suite> suites = new ArrayList<>();

  JUnitReport(String spec) {
    this.spec = spec;
  }

  /** Adds the entries of {@code har} (read again for their names) with their findings. */
  void add(Path har, List<Finding> findings) {
    List<Case> cases = new ArrayList<>();
    Har.read(
        har,
        entry -> {
          RequestUrl url = RequestUrl.parse(entry.url());
          String path = url == null ? entry.url() : url.rawPath();
          List<Finding> violations = new ArrayList<>();
          List<Finding> warnings = new ArrayList<>();
          for (Finding f : findings) {
            if (f.entry() == entry.index()) {
              (f.severity() == Finding.Severity.VIOLATION ? violations : warnings).add(f);
            }
          }
          cases.add(
              new Case(
                  "#" + entry.index() + " " + entry.method() + " " + path + " -> " + entry.status(),
                  violations,
                  warnings));
        });
    suites.add(new Suite(har.toString(), cases));
  }

  /** Writes the report, replacing {@code file}. */
  void write(Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      int tests = 0;
      int failures = 0;
      for (Suite s : suites) {
        tests += s.cases().size();
        failures += (int) s.cases().stream().filter(c -> !c.violations().isEmpty()).count();
      }
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "conformance " + spec);
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", "0");
      for (Suite s : suites) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", s.file());
        xml.writeAttribute("tests", String.valueOf(s.cases().size()));
        xml.writeAttribute(
            "failures",
            String.valueOf(s.cases().stream().filter(c -> !c.violations().isEmpty()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        for (Case c : s.cases()) {
          xml.writeCharacters("\n    ");
          xml.writeStartElement("testcase");
          xml.writeAttribute("classname", s.file());
          xml.writeAttribute("name", c.name());
          if (!c.violations().isEmpty()) {
            Finding first = c.violations().get(0);
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute(
                "message",
                c.violations().size()
                    + (c.violations().size() == 1 ? " violation: " : " violations, the first: ")
                    + first.where()
                    + ": "
                    + first.message());
            xml.writeAttribute("type", "violation");
            xml.writeCharacters(lines(c.violations()));
            xml.writeEndElement();
          }
          if (!c.warnings().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-err");
            xml.writeCharacters(lines(c.warnings()));
            xml.writeEndElement();
          }
          if (!c.violations().isEmpty() || !c.warnings().isEmpty()) {
            xml.writeCharacters("\n    ");
          }
          xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (IOException | XMLStreamException e) {
      throw new ConformanceException(file + ": cannot write the JUnit report: " + e.getMessage());
    }
  }

  private static String lines(List<Finding> findings) {
    StringBuilder s = new StringBuilder();
    for (Finding f : findings) {
      s.append(f.line()).append('\n');
    }
    return s.toString();
  }
}

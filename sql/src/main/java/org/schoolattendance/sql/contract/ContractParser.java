package org.schoolattendance.sql.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a contract file. Top-level lines are {@code grain: ...}, {@code macro: name(args)}, {@code
 * unique: a, b}, {@code column <name>} and {@code test <name>:}; the indented lines under a column
 * are {@code meaning:}, {@code unit:}, {@code source:} and {@code checks:}, and under a test its
 * SQL. Lines starting with {@code #} are comments.
 */
public final class ContractParser {

  private ContractParser() {}

  public static Contract parse(String model, String text) {
    Builder builder = new Builder(model);
    int lineNumber = 0;
    for (String line : text.lines().toList()) {
      lineNumber++;
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      try {
        builder.accept(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "contract of " + model + ", line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  private static final class Builder {
    private final String model;
    private String grain;
    private List<String> uniqueKey = List.of();
    private String macroCall;
    private final List<Contract.Column> columns = new ArrayList<>();
    private final List<DataTest> tests = new ArrayList<>();
    private ColumnDraft column;
    private String testName;
    private StringBuilder testSql;

    Builder(String model) {
      this.model = model;
    }

    void accept(String line) {
      boolean indented = Character.isWhitespace(line.charAt(0));
      String content = line.strip();
      if (indented) {
        acceptIndented(content);
        return;
      }
      finishBlock();
      if (content.startsWith("grain:")) {
        grain = valueOf(content);
      } else if (content.startsWith("macro:")) {
        macroCall = valueOf(content);
      } else if (content.startsWith("unique:")) {
        uniqueKey = list(valueOf(content));
      } else if (content.startsWith("column ")) {
        column = new ColumnDraft(content.substring("column ".length()).strip());
      } else if (content.startsWith("test ") && content.endsWith(":")) {
        testName = content.substring("test ".length(), content.length() - 1).strip();
        testSql = new StringBuilder();
      } else {
        throw new IllegalArgumentException("unexpected line: " + content);
      }
    }

    private void acceptIndented(String content) {
      if (testSql != null) {
        testSql.append(content).append('\n');
      } else if (column != null) {
        column.accept(content);
      } else {
        throw new IllegalArgumentException("indented line outside a column or test: " + content);
      }
    }

    private void finishBlock() {
      if (column != null) {
        columns.add(column.build());
        column = null;
      }
      if (testSql != null) {
        tests.add(new DataTest(model, testName, testSql.toString().strip()));
        testSql = null;
      }
    }

    Contract build() {
      finishBlock();
      if (grain == null) {
        throw new IllegalArgumentException("contract of " + model + " states no grain");
      }
      return new Contract(
          model, grain, uniqueKey, List.copyOf(columns), List.copyOf(tests), macroCall);
    }
  }

  private static final class ColumnDraft {
    private final String name;
    private String meaning = "";
    private String unit = "";
    private String source = "";
    private List<String> checks = List.of();

    ColumnDraft(String name) {
      this.name = name;
    }

    void accept(String content) {
      String value = valueOf(content);
      switch (content.substring(0, content.indexOf(':'))) {
        case "meaning" -> meaning = value;
        case "unit" -> unit = value;
        case "source" -> source = value;
        case "checks" -> checks = list(value).stream().toList();
        default -> throw new IllegalArgumentException("unknown column field: " + content);
      }
    }

    Contract.Column build() {
      return new Contract.Column(name, meaning, unit, source, checks);
    }
  }

  private static String valueOf(String content) {
    int colon = content.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("expected 'name: value': " + content);
    }
    return content.substring(colon + 1).strip();
  }

  /** Splits on commas that are not inside parentheses, so {@code accepted(a, b)} stays whole. */
  static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    StringBuilder item = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == ',' && depth == 0) {
        items.add(item.toString().strip());
        item.setLength(0);
        continue;
      }
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      item.append(c);
    }
    if (!item.isEmpty()) {
      items.add(item.toString().strip());
    }
    return Arrays.asList(items.stream().filter(s -> !s.isEmpty()).toArray(String[]::new));
  }
}

package org.schoolattendance.synthetic.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/** A minimal indenting XML writer for element-only documents with text leaves. */
public final class XmlWriter {

  private final Writer out;
  private final Deque<String> open = new ArrayDeque<>();

  public XmlWriter(Writer out) throws IOException {
    this.out = out;
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  public XmlWriter start(String name) throws IOException {
    indent();
    out.write('<');
    out.write(name);
    out.write(">\n");
    open.push(name);
    return this;
  }

  public XmlWriter end() throws IOException {
    String name = open.pop();
    indent();
    out.write("</");
    out.write(name);
    out.write(">\n");
    return this;
  }

  /** A text element; nothing is written when {@code value} is null. */
  public XmlWriter leaf(String name, Object value) throws IOException {
    if (value == null) {
      return this;
    }
    indent();
    out.write('<');
    out.write(name);
    out.write('>');
    out.write(escape(value.toString()));
    out.write("</");
    out.write(name);
    out.write(">\n");
    return this;
  }

  public void comment(String text) throws IOException {
    indent();
    out.write("<!-- ");
    out.write(text.replace("--", "- -"));
    out.write(" -->\n");
  }

  private void indent() throws IOException {
    for (int i = 0; i < open.size(); i++) {
      out.write("  ");
    }
  }

  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> null;
          };
      if (rep != null && b == null) {
        b = new StringBuilder(s.substring(0, i));
      }
      if (b != null) {
        b.append(rep != null ? rep : String.valueOf(c));
      }
    }
    return b == null ? s : b.toString();
  }
}

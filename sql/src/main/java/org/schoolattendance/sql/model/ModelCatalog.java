package org.schoolattendance.sql.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.schoolattendance.sql.warehouse.SqlScript;

/**
 * The models listed in {@code models/index.txt}, each a file {@code models/<layer>/<name>.sql}. A
 * model depends on every other model whose name it mentions as a whole word.
 */
public final class ModelCatalog {

  static final String INDEX = "models/index.txt";
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\n]*");

  private final Map<String, Model> models;

  private ModelCatalog(Map<String, Model> models) {
    this.models = models;
  }

  public static ModelCatalog fromClasspath() {
    List<String> paths =
        SqlScript.readResource(INDEX)
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
    Map<String, String> sqlByName = new LinkedHashMap<>();
    Map<String, String> layerByName = new LinkedHashMap<>();
    for (String path : paths) {
      String name = path.substring(path.lastIndexOf('/') + 1).replace(".sql", "");
      sqlByName.put(name, SqlScript.readResource("models/" + path));
      layerByName.put(name, path.substring(0, path.indexOf('/')));
    }
    Map<String, Model> models = new LinkedHashMap<>();
    sqlByName.forEach(
        (name, sql) ->
            models.put(
                name,
                new Model(
                    name, layerByName.get(name), sql, referencedModels(name, sql, sqlByName))));
    return new ModelCatalog(models);
  }

  private static Set<String> referencedModels(
      String name, String sql, Map<String, String> sqlByName) {
    // a comment may name the models that read this one
    String code = LINE_COMMENT.matcher(sql).replaceAll("");
    Set<String> dependencies = new LinkedHashSet<>();
    for (String other : sqlByName.keySet()) {
      if (!other.equals(name) && Pattern.compile("\\b" + other + "\\b").matcher(code).find()) {
        dependencies.add(other);
      }
    }
    return dependencies;
  }

  /** The models in an order where each comes after everything it depends on. */
  public List<Model> inDependencyOrder() {
    List<Model> ordered = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (String name : models.keySet()) {
      visit(name, done, new ArrayDeque<>(), ordered);
    }
    return ordered;
  }

  private void visit(String name, Set<String> done, Deque<String> path, List<Model> ordered) {
    if (done.contains(name)) {
      return;
    }
    if (path.contains(name)) {
      throw new IllegalStateException("models depend on each other in a cycle: " + path);
    }
    path.push(name);
    for (String dependency : models.get(name).dependencies()) {
      visit(dependency, done, path, ordered);
    }
    path.pop();
    done.add(name);
    ordered.add(models.get(name));
  }

  public Model get(String name) {
    return models.get(name);
  }
}

// Compares two Spark result folders (results-local, results-cluster in the working directory):
// row counts, every non-double column exactly and every double within 1e-9. Run with the DuckDB
// JDBC jar on the classpath: java -cp duckdb_jdbc.jar CompareResults.java
import java.sql.*;
public class CompareResults {
  public static void main(String[] a) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (String t : new String[] {"trend_subgroup_period", "trend_absence_band"}) {
        s.execute("create table l as select * from read_parquet('results-local/" + t + "/*.parquet')");
        s.execute("create table k as select * from read_parquet('results-cluster/" + t + "/*.parquet')");
        StringBuilder cond = new StringBuilder("false");
        try (ResultSet cols = s.executeQuery("select column_name, data_type from information_schema.columns where table_name = 'l'")) {
          while (cols.next()) {
            String n = cols.getString(1), ty = cols.getString(2);
            if (ty.equals("DOUBLE")) cond.append(" or coalesce(abs(l.").append(n).append(" - k.").append(n).append(") > 1e-9, l.").append(n).append(" is distinct from k.").append(n).append(")");
            else cond.append(" or l.").append(n).append(" is distinct from k.").append(n);
          }
        }
        String keys = t.equals("trend_absence_band") ? "level, la_code, urn, dimension, group_value, period_id, band_lower_pct" : "level, la_code, urn, dimension, group_value, period_id";
        String on = java.util.Arrays.stream(keys.split(", ")).map(x -> "l." + x + " is not distinct from k." + x).reduce((x, y) -> x + " and " + y).get();
        try (ResultSet r = s.executeQuery("select (select count(*) from l), (select count(*) from k), count(*) filter (where " + cond + ") from l full join k on " + on)) {
          r.next();
          System.out.println(t + ": local " + r.getLong(1) + " rows, cluster " + r.getLong(2) + " rows, differing rows " + r.getLong(3));
        }
        s.execute("drop table l; drop table k");
      }
    }
  }
}

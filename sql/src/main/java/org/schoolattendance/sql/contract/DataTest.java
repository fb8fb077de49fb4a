package org.schoolattendance.sql.contract;

/** One data test: a query that returns the rows breaking a rule, so zero rows means it holds. */
public record DataTest(String model, String name, String sql) {}

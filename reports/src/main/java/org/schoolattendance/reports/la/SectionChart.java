package org.schoolattendance.reports.la;

import org.jfree.chart.JFreeChart;

/** A section's chart and the heading printed above it (the chart itself carries no title). */
public record SectionChart(String title, JFreeChart chart) {}

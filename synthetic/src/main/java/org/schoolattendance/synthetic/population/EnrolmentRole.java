package org.schoolattendance.synthetic.population;

/** Single registration, or the main or subsidiary half of a dual registration. */
public enum EnrolmentRole {
  SINGLE,
  MAIN,
  SUBSIDIARY
}

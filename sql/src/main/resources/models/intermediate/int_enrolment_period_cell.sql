-- One row per enrolment per period cell (week, month, half-term and term combination, numbered in
-- int_date_cell) it has sessions in (see count_enrolment_sessions).
select * from count_enrolment_sessions('fct_session')

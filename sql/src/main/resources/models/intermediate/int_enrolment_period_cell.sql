-- One row per enrolment per combination of week, month, half-term and term it has sessions in
-- (see count_enrolment_sessions).
select * from count_enrolment_sessions('fct_session')

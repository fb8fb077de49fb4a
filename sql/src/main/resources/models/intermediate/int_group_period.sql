-- Stored enrolment periods summed by school, LA and LA phase, cohort, subgroup and period (see
-- group_enrolment_periods).
select * from group_enrolment_periods('mart_enrolment_period')

-- materialise: view
-- Every stored enrolment period once for all enrolments and once more for the DfE headline cohort
-- (see enrolment_period_cohorts).
select * from enrolment_period_cohorts('mart_enrolment_period')

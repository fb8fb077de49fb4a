-- Every enrolment period once for all enrolments and once more for the DfE headline cohort (ages
-- 5-15 in state-funded primary, secondary and special schools), so one group-by serves both. The
-- argument names the table (or CTE) of described enrolment periods.
create or replace macro enrolment_period_cohorts(enrolment_periods) as table
with periods as (
    select * from query_table(enrolment_periods)
),

final as (
    select periods.*, 'all_enrolments' as cohort from periods
    union all
    select periods.*, 'headline' as cohort
    from periods
    where in_headline_cohort
)

select * from final

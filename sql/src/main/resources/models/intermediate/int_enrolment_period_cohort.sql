-- materialise: view
-- Every enrolment period once for all enrolments and once more, for the DfE headline cohort
-- (ages 5-15 in state-funded primary, secondary and special schools), so one group-by serves both.
with enrolment_periods as (
    select * from mart_enrolment_period
),

final as (
    select enrolment_periods.*, 'all_enrolments' as cohort from enrolment_periods
    union all
    select enrolment_periods.*, 'headline' as cohort
    from enrolment_periods
    where in_headline_cohort
)

select * from final

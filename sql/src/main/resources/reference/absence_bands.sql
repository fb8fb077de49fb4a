-- Reference for the Spark absence-band distribution (trend_absence_band): enrolments per school or
-- LA, subgroup, period and 5% band of their own overall absence rate (95 = 95-100%), in DuckDB.
-- Only the all-pupils and sex dimensions: the subgroup memberships are checked by
-- subgroup_trend.sql, so the bands need only their own arithmetic checked here.
with cohort as (
    select * from mart_enrolment_period
    where in_headline_cohort and period_type in ('term', 'academic_year', 'year_to_date')
),

banded as (
    select
        la_code, urn, period_type, period_id, sex,
        least(19, (20 * overall_absence_sessions) // possible_sessions) * 5 as band_lower_pct
    from cohort
),

memberships as (
    select *, 'all_pupils' as dimension, 'All pupils' as group_value from banded
    union all
    select *, 'sex' as dimension, sex as group_value from banded where sex is not null
),

final as (
    select 'school' as level, la_code, urn, dimension, group_value, period_type, period_id,
        band_lower_pct::integer as band_lower_pct, count(*)::bigint as enrolments
    from memberships group by all
    union all
    select 'la' as level, la_code, null as urn, dimension, group_value, period_type, period_id,
        band_lower_pct::integer as band_lower_pct, count(*)::bigint as enrolments
    from memberships group by all
)

select * from final

-- The distribution of enrolments in 5% bands of their own overall absence, as the DfE attendance
-- tool shows it: one row per school or LA, cohort, period and band, for enrolments with at least
-- 20 possible sessions (terms, academic years and years to date). Band 0 is 0 to under 5%.
with cohorts as (
    select * from int_enrolment_period_cohort
    where period_type in ('term', 'academic_year', 'year_to_date')
),

parameters as (
    select
        max(value) filter (where name = 'absence_band_width') as band_width,
        max(value) filter (where name = 'absence_band_min_possible_sessions') as min_possible
    from seed_parameter
),

banded as (
    select
        cohorts.*,
        -- whole numbers only, so an enrolment exactly on a band's edge is never pushed below it
        cast((overall_absence_sessions * cast(round(1 / parameters.band_width) as bigint))
            // possible_sessions as integer) as band,
        parameters.band_width
    from cohorts
    cross join parameters
    where possible_sessions >= parameters.min_possible
),

final as (
    select
        la_code,
        urn,
        case when grouping(urn) = 0 then 'school' else 'la' end as geography_level,
        cohort,
        academic_year,
        period_type,
        period_id,
        band,
        cast(100 * band * any_value(band_width) as integer) as band_lower_pct,
        cast(least(100, 100 * (band + 1) * any_value(band_width)) as integer) as band_upper_pct,
        cast(count(*) as bigint) as enrolments
    from banded
    group by grouping sets (
        (la_code, urn, cohort, academic_year, period_type, period_id, band),
        (la_code, cohort, academic_year, period_type, period_id, band)
    )
)

select * from final

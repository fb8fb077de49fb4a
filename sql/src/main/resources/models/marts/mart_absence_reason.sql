-- Absence by reason: one row per school or LA, term or academic year, and absence code, with the
-- sessions, the rate (share of possible sessions) and the distribution (share of all absence):
-- the sums of mart_enrolment_absence.
with enrolment_absences as (
    select * from mart_enrolment_absence
),

schools as (
    select * from dim_school
),

school_totals as (
    select * from mart_group_period
    where cohort = 'all_enrolments' and dimension = 'all'
      and period_type in ('term', 'academic_year') and geography_level in ('school', 'la')
),

by_period as (
    select
        schools.la_code,
        enrolment_absences.urn,
        enrolment_absences.academic_year,
        enrolment_absences.period_type,
        enrolment_absences.period_id,
        enrolment_absences.mark,
        enrolment_absences.reason_group,
        enrolment_absences.is_authorised_absence,
        enrolment_absences.absence_sessions as sessions
    from enrolment_absences
    join schools on schools.urn = enrolment_absences.urn
    where enrolment_absences.period_type in ('term', 'academic_year')
),

summed as (
    select
        la_code,
        urn,
        case when grouping(urn) = 0 then 'school' else 'la' end as geography_level,
        academic_year,
        period_type,
        period_id,
        mark,
        reason_group,
        is_authorised_absence,
        cast(sum(sessions) as bigint) as absence_sessions
    from by_period
    group by grouping sets (
        (la_code, urn, academic_year, period_type, period_id, mark, reason_group,
            is_authorised_absence),
        (la_code, academic_year, period_type, period_id, mark, reason_group,
            is_authorised_absence)
    )
),

final as (
    select
        summed.*,
        totals.possible_sessions,
        totals.overall_absence_sessions,
        session_rate_pct(summed.absence_sessions, totals.possible_sessions) as rate_pct,
        100.0 * summed.absence_sessions / totals.overall_absence_sessions as share_of_absence_pct
    from summed
    join school_totals as totals
        on totals.la_code = summed.la_code
       and totals.geography_level = summed.geography_level
       and totals.urn is not distinct from summed.urn
       and totals.period_type = summed.period_type
       and totals.period_id = summed.period_id
)

select * from final

-- Absence by reason: one row per school or LA, term or academic year, and absence code, with the
-- sessions, the rate (share of possible sessions) and the distribution (share of all absence).
with absence_codes as (
    select code from seed_attendance_code
    where is_authorised_absence or is_unauthorised_absence
),

-- only absence rows go through the session joins (see enrolment_sessions)
absence_marks as (
    select * from stg_mark
    where mark in (select code from absence_codes)
),

sessions as (
    select * from enrolment_sessions('absence_marks')
),

dates as (
    select * from dim_date
),

schools as (
    select * from dim_school
),

school_totals as (
    select * from mart_group_period
    where cohort = 'all_enrolments' and dimension = 'all'
      and period_type in ('term', 'academic_year') and geography_level in ('school', 'la')
),

absences as (
    select
        schools.la_code,
        sessions.urn,
        sessions.academic_year,
        dates.term_id,
        sessions.mark,
        sessions.reason_group,
        sessions.is_authorised_absence,
        count(*) as sessions
    from sessions
    join dates on dates.date_day = sessions.session_date
    join schools on schools.urn = sessions.urn
    where sessions.is_authorised_absence or sessions.is_unauthorised_absence
    group by all
),

by_period as (
    select la_code, urn, academic_year, 'term' as period_type, term_id as period_id, mark,
        reason_group, is_authorised_absence, sessions
    from absences
    union all
    select la_code, urn, academic_year, 'academic_year', academic_year, mark, reason_group,
        is_authorised_absence, sessions
    from absences
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

-- One row per school per term: DfE measures as ratios of sums over every enrolment on roll at the
-- school with at least one possible session that term (all ages; the headline cohort is in
-- mart_school_period).
with enrolment_terms as (
    select * from mart_enrolment_period where period_type = 'term'
),

schools as (
    select * from dim_school
),

totals as (
    select
        urn,
        academic_year,
        period_id as term_id,
        period_start as term_start,
        cast(count(*) as bigint) as enrolments,
        cast(sum(possible_sessions) as bigint) as possible_sessions,
        cast(sum(attendance_sessions) as bigint) as attendance_sessions,
        cast(sum(authorised_absence_sessions) as bigint) as authorised_absence_sessions,
        cast(sum(unauthorised_absence_sessions) as bigint) as unauthorised_absence_sessions,
        cast(sum(overall_absence_sessions) as bigint) as overall_absence_sessions,
        cast(count(*) filter (where is_persistent_absentee) as bigint) as persistent_absentees,
        cast(count(*) filter (where is_severe_absentee) as bigint) as severe_absentees
    from enrolment_terms
    group by all
),

final as (
    select
        schools.la_code,
        totals.urn,
        schools.school_name,
        schools.phase,
        totals.academic_year,
        split_part(totals.term_id, '-', 2) as term,
        totals.term_id,
        totals.term_start,
        totals.enrolments,
        totals.possible_sessions,
        totals.attendance_sessions,
        totals.authorised_absence_sessions,
        totals.unauthorised_absence_sessions,
        totals.overall_absence_sessions,
        totals.persistent_absentees,
        totals.severe_absentees,
        100.0 * totals.attendance_sessions / totals.possible_sessions as attendance_rate_pct,
        100.0 * totals.overall_absence_sessions / totals.possible_sessions
            as overall_absence_rate_pct,
        100.0 * totals.authorised_absence_sessions / totals.possible_sessions
            as authorised_absence_rate_pct,
        100.0 * totals.unauthorised_absence_sessions / totals.possible_sessions
            as unauthorised_absence_rate_pct,
        100.0 * totals.persistent_absentees / totals.enrolments as persistent_absence_rate_pct,
        100.0 * totals.severe_absentees / totals.enrolments as severe_absence_rate_pct
    from totals
    join schools on schools.urn = totals.urn
)

select * from final

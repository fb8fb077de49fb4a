-- The DfE measures of grouped enrolment periods as ratios of sums (session rates over possible
-- sessions, persistent and severe absence over enrolments), the late rates, and whether the group
-- is small enough for packs to suppress. The argument names the table (or CTE) of groups.
create or replace macro group_period_rates(groups) as table
with grouped as (
    select * from query_table(groups)
),

parameters as (
    select max(value) filter (where name = 'suppression_min_enrolments') as suppression_size
    from seed_parameter
),

final as (
    select
        grouped.*,
        session_rate_pct(attendance_sessions, possible_sessions) as attendance_rate_pct,
        session_rate_pct(overall_absence_sessions, possible_sessions) as overall_absence_rate_pct,
        session_rate_pct(authorised_absence_sessions, possible_sessions)
            as authorised_absence_rate_pct,
        session_rate_pct(unauthorised_absence_sessions, possible_sessions)
            as unauthorised_absence_rate_pct,
        enrolment_rate_pct(persistent_absentees, enrolments) as persistent_absence_rate_pct,
        enrolment_rate_pct(severe_absentees, enrolments) as severe_absence_rate_pct,
        session_rate_pct(late_before_close_sessions, possible_sessions)
            as late_before_close_rate_pct,
        session_rate_pct(late_after_close_sessions, possible_sessions)
            as late_after_close_rate_pct,
        enrolments < parameters.suppression_size as is_suppressed
    from grouped
    cross join parameters
)

select * from final

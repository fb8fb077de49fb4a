-- Sessions counted per enrolment per combination of week, month, half-term and term: the smallest
-- pieces that every reporting period is a union of, so sessions are read once and each period is
-- a roll-up of these cells. The argument names the table (or CTE) of sessions, in the shape of
-- fct_session; every count column has "sessions" in its name so roll-ups can sum them all.
create or replace macro count_enrolment_sessions(session_rows) as table
with sessions as (
    select * from query_table(session_rows)
),

dates as (
    select * from dim_date
),

final as (
    select
        sessions.enrolment_key,
        sessions.pupil_key,
        sessions.urn,
        dates.academic_year,
        dates.year_key,
        dates.year_start,
        dates.year_end,
        dates.week_id,
        dates.week_start,
        dates.week_end,
        dates.month_id,
        dates.month_start,
        dates.month_end,
        dates.half_term_id,
        dates.half_term_start,
        dates.half_term_end,
        dates.term_id,
        dates.term_start,
        dates.term_end,
        count(*) as sessions_on_roll,
        count(*) filter (where sessions.is_possible) as possible_sessions,
        count(*) filter (where sessions.is_attendance) as attendance_sessions,
        count(*) filter (where sessions.is_authorised_absence) as authorised_absence_sessions,
        count(*) filter (where sessions.is_unauthorised_absence) as unauthorised_absence_sessions,
        count(*) filter (where sessions.is_late_before_close) as late_before_close_sessions,
        count(*) filter (where sessions.is_late_after_close) as late_after_close_sessions,
        count(*) filter (where sessions.is_missing_mark) as missing_mark_sessions
    from sessions
    join dates on dates.date_day = sessions.session_date
    group by all
)

select * from final

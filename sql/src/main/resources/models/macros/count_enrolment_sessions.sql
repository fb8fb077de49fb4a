-- Sessions counted per enrolment per period cell: the combination of week, month, half-term and
-- term a date belongs to (see int_date_cell), the smallest piece every reporting period is a union
-- of, so sessions are read once and each period is a roll-up of these cells. The argument names
-- the table (or CTE) of sessions, in the shape of fct_session; every count column has "sessions"
-- in its name so roll-ups can sum them all. The key is two numbers, so the one group-by over every
-- session stays cheap; the cell's periods are joined onto the counted rows where they are needed.
create or replace macro count_enrolment_sessions(session_rows) as table
with sessions as (
    select * from query_table(session_rows)
),

date_cells as (
    select date_day, cell_key from int_date_cell
),

final as (
    select
        sessions.enrolment_key,
        date_cells.cell_key,
        count(*) as sessions_on_roll,
        count(*) filter (where sessions.is_possible) as possible_sessions,
        count(*) filter (where sessions.is_attendance) as attendance_sessions,
        count(*) filter (where sessions.is_authorised_absence) as authorised_absence_sessions,
        count(*) filter (where sessions.is_unauthorised_absence) as unauthorised_absence_sessions,
        count(*) filter (where sessions.is_late_before_close) as late_before_close_sessions,
        count(*) filter (where sessions.is_late_after_close) as late_after_close_sessions,
        count(*) filter (where sessions.is_missing_mark) as missing_mark_sessions
    from sessions
    join date_cells on date_cells.date_day = sessions.session_date
    group by sessions.enrolment_key, date_cells.cell_key
)

select * from final

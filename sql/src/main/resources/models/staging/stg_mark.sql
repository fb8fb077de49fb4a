-- One row per (school, pupil, date, session): the current register mark from the latest export.
with source as (
    select * from raw_mark
),

final as (
    select
        urn,
        upn,
        admission_date,
        leaving_date,
        session_date,
        session,
        nullif(mark, '') as mark,
        minutes_late,
        exported_at
    from source
)

select * from final

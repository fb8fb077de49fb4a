-- One row per enrolment (school, pupil, admission date), with the leaving date from the latest
-- export that mentions it, the span of dates its marks cover and how many sessions have a row.
with marks as (
    select * from stg_mark
),

per_enrolment as (
    select
        urn,
        upn,
        admission_date,
        arg_max_null(leaving_date, exported_at) as leaving_date,
        min(session_date) as first_marked_date,
        max(session_date) as last_marked_date,
        count(*) as marked_sessions
    from marks
    group by urn, upn, admission_date
),

final as (
    select
        row_number() over (order by urn, upn, admission_date) as enrolment_key,
        *
    from per_enrolment
)

select * from final

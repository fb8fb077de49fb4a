-- One row per enrolment (school, pupil, admission date), with the leaving date from the latest
-- export that mentions it.
with marks as (
    select * from stg_mark
),

ranked as (
    select
        urn,
        upn,
        admission_date,
        leaving_date,
        row_number() over (
            partition by urn, upn, admission_date
            order by exported_at desc, leaving_date desc nulls first
        ) as recency
    from marks
),

final as (
    select
        row_number() over (order by urn, upn, admission_date) as enrolment_key,
        urn,
        upn,
        admission_date,
        leaving_date
    from ranked
    where recency = 1
)

select * from final

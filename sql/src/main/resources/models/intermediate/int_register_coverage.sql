-- Per school, the last date with register marks loaded: sessions after it are not yet known,
-- so they are neither missing nor possible.
with marks as (
    select * from stg_mark
),

final as (
    select
        urn,
        max(session_date) as latest_register_date
    from marks
    group by urn
)

select * from final

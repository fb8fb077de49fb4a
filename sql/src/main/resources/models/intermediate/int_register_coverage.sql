-- Per school, the last date with register marks loaded: sessions after it are not yet known,
-- so they are neither missing nor possible.
with enrolments as (
    select * from int_enrolment
),

final as (
    select
        urn,
        max(last_marked_date) as latest_register_date
    from enrolments
    group by urn
)

select * from final

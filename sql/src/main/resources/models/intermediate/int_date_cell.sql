-- One row per calendar date with its period cell: the week, calendar month, half-term and term
-- combination the date belongs to, numbered. Sessions are counted per enrolment per cell by that
-- number alone, so the big group-by over every session keeps a narrow key; the cell's periods are
-- joined back onto the far fewer counted rows (see count_enrolment_sessions).
with dates as (
    select * from dim_date
),

final as (
    select
        date_day,
        dense_rank() over (
            order by academic_year, week_id, month_id, half_term_id, term_id
        ) as cell_key,
        academic_year,
        year_key,
        year_start,
        year_end,
        week_id,
        week_start,
        week_end,
        month_id,
        month_start,
        month_end,
        half_term_id,
        half_term_start,
        half_term_end,
        term_id,
        term_start,
        term_end
    from dates
)

select * from final

-- Age in whole years on 31 August before the academic year starts (the DfE's cut for the 5-15
-- headline cohort), from an academic year label such as 2024/25.
create or replace macro age_at_31_august(academic_year, date_of_birth) as
    cast(extract(year from age(
        make_date(cast(left(academic_year, 4) as integer), 8, 31), date_of_birth)) as integer)

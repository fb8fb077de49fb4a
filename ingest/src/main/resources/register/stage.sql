-- Reads a batch of register exports as whole lines, so that every row keeps its exact line number
-- in its own file. ${files} is a list of paths that all end their lines the same way
-- (${new_line}); ${delimiter} never occurs, so each row arrives as one whole line.
insert into register_lines
select filename as file_path, row_number() over () as position, line
from read_csv(
    ${files},
    columns = {'line': 'VARCHAR'}, header = false, delim = ${delimiter},
    new_line = ${new_line}, quote = '', escape = '', auto_detect = false,
    strict_mode = false, all_varchar = true, filename = true);

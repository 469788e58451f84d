-- Key codes may be of any configured format now, commas included, but never hold whitespace: the
-- codes of a key request are separated by a line break instead of a comma. Every code stored so far
-- is 32 letters or digits, so each comma was a separator.
UPDATE key_requests SET codes = replace(codes, ',', char(10)) WHERE instr(codes, ',') > 0;

-- The old layout: alpha's and beta's first migrations in one shared history, numbered across both.
-- A test component with a table of its own.
CREATE TABLE alpha (id INT NOT NULL, name VARCHAR(20) NOT NULL, PRIMARY KEY (id)) ${table_options};

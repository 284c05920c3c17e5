-- A test component with a table of its own.
CREATE TABLE alpha (id INT NOT NULL, name VARCHAR(20) NOT NULL, PRIMARY KEY (id)) ${table_options};

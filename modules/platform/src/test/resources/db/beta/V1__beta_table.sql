-- A test component whose table refers to alpha's, so it must come after it.
CREATE TABLE beta (id INT NOT NULL, alpha_id INT NOT NULL, PRIMARY KEY (id),
    CONSTRAINT fk_beta_alpha FOREIGN KEY (alpha_id) REFERENCES alpha (id)) ${table_options};

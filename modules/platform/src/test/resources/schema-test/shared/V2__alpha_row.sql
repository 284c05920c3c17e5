INSERT INTO alpha (id, name) VALUES (1, 'seeded');

-- Every registration looks for look-alikes among the children of the same sex born within a few
-- days: without this index that would read the whole roster each time. Dates of birth are
-- ISO text in the file, so a range of them is a range of text.
CREATE INDEX child_file_look_alike ON read_model.child_file ((file ->> 'sex'), (file ->> 'dateOfBirth'));

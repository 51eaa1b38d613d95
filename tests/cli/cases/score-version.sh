bosett-score -V

bosett-backtest --help

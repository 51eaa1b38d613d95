bosett-backtest -V

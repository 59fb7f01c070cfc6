# Forecasts of the M3 monthly series by R's forecast package (Debian's r-cran-forecast), for comparison with
# Analytics in one run. Usage: Rscript m3_r.R TRAIN.csv OUT.csv METHODS [EVERY [FIRST]]
#   METHODS: comma-separated among ets, auto.arima, thetaf, snaive; EVERY: take every k-th series (default 1),
#   starting from the FIRST-th (default 1), so that two processes can share the series.
# Writes series_id,method,h,mean,lo80,hi80,lo95,hi95,seconds (seconds: CPU time of the fit and forecast).
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
train <- read.csv(args[1])
methods <- strsplit(args[3], ",")[[1]]
every <- if (length(args) >= 4) as.integer(args[4]) else 1L
first <- if (length(args) >= 5) as.integer(args[5]) else 1L
ids <- unique(train$series_id)
ids <- ids[seq(first, length(ids), by = every)]
out <- file(args[2], "w")
writeLines("series_id,method,h,mean,lo80,hi80,lo95,hi95,seconds", out)
for (id in ids) {
  d <- train[train$series_id == id, ]
  y <- ts(d$value, start = c(d$start_year[1], d$start_month[1]), frequency = 12)
  for (m in methods) {
    t0 <- proc.time()[["user.self"]]
    fc <- switch(m,
      ets = forecast(ets(y), h = 18, level = c(80, 95)),
      auto.arima = forecast(auto.arima(y), h = 18, level = c(80, 95)),
      thetaf = thetaf(y, h = 18, level = c(80, 95)),
      snaive = snaive(y, h = 18, level = c(80, 95)))
    secs <- proc.time()[["user.self"]] - t0
    for (h in 1:18) {
      writeLines(sprintf("%s,%s,%d,%.6f,%.6f,%.6f,%.6f,%.6f,%.4f", id, m, h, fc$mean[h], fc$lower[h, 1], fc$upper[h, 1], fc$lower[h, 2], fc$upper[h, 2], if (h == 1) secs else 0), out)
    }
  }
}
close(out)

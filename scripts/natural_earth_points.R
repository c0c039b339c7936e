# Writes data/places/natural_earth_points.tsv: a label point (the centroid of the largest polygon, as sp computes it)
# for every country of Natural Earth's 1:50m admin-0 map and every state or province of its 1:50m admin-1 map
# (United States, Canada, Australia, Brazil). Natural Earth is in the public domain; the maps come from the Debian
# package r-cran-rnaturalearthdata (CC0), read with r-cran-sp. scripts/build_gazetteer.py takes country and state
# centroids from this file; it is run once by hand and its output committed, so neither R nor these packages are
# needed to build newsgraph.
#   apt-get install r-base-core r-cran-sp r-cran-rnaturalearthdata
#   Rscript scripts/natural_earth_points.R > data/places/natural_earth_points.tsv
suppressMessages(library(sp))
library(rnaturalearthdata)
points <- function(map, kind, code_column) {
  label <- t(sapply(map@polygons, function(p) p@labpt))
  data.frame(kind = kind, country = as.character(map@data$iso_a2), name = as.character(map@data$name),
             code = as.character(map@data[[code_column]]), lat = round(label[, 2], 4), lon = round(label[, 1], 4))
}
rows <- rbind(points(rnaturalearthdata::countries50, "country", "adm0_a3"),
              points(rnaturalearthdata::states50, "admin1", "postal"))
cat("# Natural Earth 1:50m label points (public domain), written by scripts/natural_earth_points.R\n")
write.table(rows, stdout(), sep = "\t", quote = FALSE, row.names = FALSE)

#!/usr/bin/env bash
# Rebuilds the named-entity tagger from ../shared/data: its word clusters, casing statistics and gazetteer lists
# (data/clusters/, data/gazetteers/lists/), then the model (models/ner-en-news.bin). Deterministic: the same data
# and the same binary give the same files. See docs/NER.md.
#
#   bash scripts/build_ner_data.sh            # data, then the model
#   bash scripts/build_ner_data.sh data       # only the data (about 10 minutes on 2 cores, clustering most of it)
#   bash scripts/build_ner_data.sh model      # only the model (about 5 minutes on 2 cores)
#
# Environment: NEWSGRAPH (the binary, default build/newsgraph), SHARED (default ../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."
NEWSGRAPH=${NEWSGRAPH:-build/newsgraph}
SHARED=${SHARED:-../shared/data}
step=${1:-all}

if [ ! -x "$NEWSGRAPH" ]; then
  echo "build newsgraph first (bash scripts/setup.sh), or set NEWSGRAPH" >&2
  exit 2
fi
for d in conll2003 unlabeled-news polnear knowledge; do
  [ -d "$SHARED/$d" ] || { echo "missing $SHARED/$d (the gold and unlabeled data beside the repository)" >&2; exit 2; }
done

if [ "$step" = all ] || [ "$step" = data ]; then
  # Unlabeled text: Reuters-21578, BBC News, the PolNeAR article texts and the CoNLL-2003 training sentences
  # (never valid or test). Name lists: data/places (GeoNames and countries, see data/places/ATTRIBUTION.md) and the
  # permissively licensed lists of $SHARED/knowledge (see data/gazetteers/ATTRIBUTION.md).
  "$NEWSGRAPH" train ner-data --data "$SHARED" --places data/places -o data \
    --sources reuters bbc polnear --depth 12 --min-count 2 --flat-levels 8 10
fi

if [ "$step" = all ] || [ "$step" = model ]; then
  # Train on train, choose epochs on valid; test is only for docs/ACCURACY.md.
  "$NEWSGRAPH" train ner --train "$SHARED/conll2003/train.txt" --dev "$SHARED/conll2003/valid.txt" \
    --clusters data/clusters/news-clusters.txt --casing data/clusters/news-casing.tsv \
    --gazetteers data/gazetteers/lists --cluster-prefixes 4 8 12 --folds 10 --ensemble 4 --threads 2 \
    -o models/ner-en-news.bin
fi

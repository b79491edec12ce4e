#!/bin/sh
# Rebuild the English NER pipeline en_newsfacts_sm from the shared corpora.
# Usage: sh training/train_en.sh [DATA_DIR] [WORK_DIR] [PACKAGE_DIR]
set -eu
DATA=${1:-../shared/data}
WORK=${2:-training/output}
PACKAGES=${3:-pipelines}
BIN=.venv/bin
export OMP_NUM_THREADS=1
start=$(date +%s)
mkdir -p "$WORK" "$PACKAGES"
$BIN/python training/convert_en.py --data "$DATA" --out training/corpus
$BIN/python -m spacy train training/configs/ner-en.cfg --output "$WORK/ner-en" > "$WORK/ner-en.log" 2>&1
rm -rf "$PACKAGES/en_newsfacts_sm-0.1.0"
$BIN/python -m spacy package "$WORK/ner-en/model-best" "$PACKAGES" --name newsfacts_sm --version 0.1.0 \
    --meta-path training/meta-en.json --build none --force
end=$(date +%s)
echo "training took $(( (end - start) / 60 )) minutes ($(( end - start )) s)"

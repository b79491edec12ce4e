#!/bin/sh
# Rebuild the German pipeline de_newsfacts_sm from the shared corpora.
# Usage: sh training/train_de.sh [DATA_DIR]
set -eu
DATA=${1:-../shared/data}
BIN=.venv/bin
export OMP_NUM_THREADS=1
start=$(date +%s)
$BIN/python training/convert.py --data "$DATA" --out training/corpus
# the two parts train in parallel, one core each
$BIN/python -m spacy train training/configs/ud.cfg --output training/output/ud > training/output-ud.log 2>&1 &
ud=$!
$BIN/python -m spacy train training/configs/ner.cfg --output training/output/ner > training/output-ner.log 2>&1 &
ner=$!
wait $ud $ner
$BIN/python -m spacy assemble training/configs/assemble.cfg training/output/assembled
rm -rf pipelines/de_newsfacts_sm-0.1.0
$BIN/python -m spacy package training/output/assembled pipelines --name newsfacts_sm --version 0.1.0 \
    --meta-path training/meta.json --build none --force
end=$(date +%s)
echo "training took $(( (end - start) / 60 )) minutes"

#!/bin/sh
# Rebuild the German pipeline de_newsfacts_sm from the shared corpora.
# Usage: sh training/train_de.sh [DATA_DIR] [WORK_DIR] [PACKAGE_DIR]
set -eu
DATA=${1:-../shared/data}
WORK=${2:-training/output}
PACKAGES=${3:-pipelines}
BIN=.venv/bin
VERSION=$(python3 -c "import json; print(json.load(open('training/meta.json'))['version'])")
export OMP_NUM_THREADS=1
start=$(date +%s)
mkdir -p "$WORK" "$PACKAGES"
$BIN/python training/convert.py --data "$DATA" --out training/corpus
# the two parts train in parallel, one core each
$BIN/python -m spacy train training/configs/ud.cfg --output "$WORK/ud" > "$WORK/ud.log" 2>&1 &
ud=$!
$BIN/python -m spacy train training/configs/ner.cfg --output "$WORK/ner" > "$WORK/ner.log" 2>&1 &
ner=$!
wait $ud
wait $ner
rm -rf "$WORK/assembled"
$BIN/python -m spacy assemble training/configs/assemble.cfg "$WORK/assembled" \
    --paths.ud "$WORK/ud/model-best" --paths.ner "$WORK/ner/model-best"
rm -rf "$PACKAGES/de_newsfacts_sm-$VERSION"
$BIN/python -m spacy package "$WORK/assembled" "$PACKAGES" --name newsfacts_sm --version "$VERSION" \
    --meta-path training/meta.json --build none --force
end=$(date +%s)
echo "training took $(( (end - start) / 60 )) minutes ($(( end - start )) s)"
